package dev.poxgen.android.check

import dev.poxgen.ReadOptions
import dev.poxgen.XmlInput
import dev.poxgen.examples.autodiscover.AutodiscoverXml
import dev.poxgen.examples.autodiscover.OnOff
import dev.poxgen.examples.autodiscover.Protocol

/**
 * A Kotlin caller of the generated API, compiled with JSpecify's annotations strict and every
 * warning an error: a never-null accessor assigned to a non-null type, a nullable one used only
 * after a check, and null passed only where the API accepts it. Wrong nullness in the generated
 * code makes this fail to compile (a type mismatch, or an "unnecessary safe call" or elvis warning).
 */
fun smtpSummary(xml: String): String {
    val read = AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(xml), ReadOptions.strict())
    val protocols: List<Protocol> =
        read.value().outlookResponse().flatMap { it.account() }.map { it.protocols() }.orElse(emptyList())
    val parts = ArrayList<String>()
    for (p in protocols) {
        // The accessor rule: ssl() is the value (or the default), empty only when the document's text is not valid.
        val ssl: OnOff? = p.ssl().orElse(null)
        val said: String = p.sslLexical().orElse("")
        val shown: String = if (ssl != null) ssl.xmlValue() else "$said (invalid)"
        val raw: String? = p.extras().raw("SSL")
        val server: String = p.server().orElse("?")
        parts.add(server + " ssl=" + shown + (if (raw != null && ssl != null) " (written $raw)" else ""))
    }
    return parts.joinToString(", ")
}

/** Null clears an optional property: the builder's setter takes {@code @Nullable}. */
fun withoutServer(p: Protocol): Protocol = p.toBuilder().server(null).build()

/** The enum's lookup answers with an Optional, never null. */
fun onOff(text: String): OnOff? = OnOff.fromXml(text).orElse(null)
