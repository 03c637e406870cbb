/**
 * An Autodiscover client a client SDK could lift: the POX Autodiscover process over
 * {@code java.net.http}, with the redirect rules untrusted answers need, on generated code only.
 */
package dev.poxgen.examples.client;
