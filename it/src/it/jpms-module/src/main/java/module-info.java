module com.example.mail {
  requires transitive dev.poxgen.runtime;   // the generated API's signatures use its types
  exports com.example.mail.autodiscover;    // the generated package
}
