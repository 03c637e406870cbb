/**
 * An Autodiscover client a client SDK could lift: the POX Autodiscover process over {@code
 * java.net.http} and the JDK's DNS provider, on generated code only, for a hostile network (bounded
 * redirects, the caller's consent for every redirect and for the credentials, deadlines).
 */
package dev.poxgen.examples.client;
