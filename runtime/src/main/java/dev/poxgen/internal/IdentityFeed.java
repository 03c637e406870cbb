package dev.poxgen.internal;

import dev.poxgen.XmlAttribute;
import dev.poxgen.internal.xml.XmlEvents;
import java.util.List;

/**
 * Feeds {@link Identity} every event the parser reads, whatever the reader does with it. While the
 * reader looks into an element to choose its declaration ({@link PoxCursor#peekFirstChild()}) the
 * feed holds: the element's attributes and the event the look stopped at are given to {@code
 * Identity} once the declaration is chosen, after its constraints, if it has any, are opened.
 */
final class IdentityFeed implements XmlEvents.Observer {
  private final Identity identity;
  private boolean held;
  /** Once a look is over: the attributes of the element looked into, to give before anything else. */
  private List<XmlAttribute> looked;

  IdentityFeed(Identity identity) {
    this.identity = identity;
  }

  /** The reader is about to look past the current start tag. */
  void hold() {
    held = true;
  }

  /** The look is over; {@code attributes} are those of the element looked into. */
  void looked(List<XmlAttribute> attributes) {
    held = false;
    looked = attributes;
  }

  /** Gives what the look held back now: the element's attributes, then the event the look stopped at. */
  void catchUp(XmlEvents e) {
    if (looked == null) {
      return;
    }
    attributes(looked);
    looked = null;
    if (e.event() == XmlEvents.START_ELEMENT) {
      identity.start(e.namespace(), e.localName(), e.line(), e.column());
    } else if (e.event() == XmlEvents.END_ELEMENT) {
      identity.end();
    }
  }

  private void attributes(List<XmlAttribute> attributes) {
    if (identity.active()) {
      for (XmlAttribute a : attributes) {
        identity.attribute(a.namespace(), a.localName(), a.value());
      }
    }
  }

  @Override
  public void event(XmlEvents e, int event) {
    if (held) {
      return;
    }
    if (looked != null) {
      // The look stopped at the element's end tag, which has now been left.
      attributes(looked);
      looked = null;
      identity.end();
    }
    switch (event) {
      case XmlEvents.START_ELEMENT:
        identity.start(e.namespace(), e.localName(), e.line(), e.column());
        break;
      case XmlEvents.END_ELEMENT:
        identity.end();
        break;
      case XmlEvents.TEXT:
        if (identity.active()) {
          identity.text(e.textCharacters(), e.textStart(), e.textLength());
        }
        break;
      default:
        break;
    }
  }

  @Override
  public void leavingStart(XmlEvents e) {
    if (held) {
      return;
    }
    catchUp(e);
    if (identity.active()) {
      for (int i = 0, n = e.attributeCount(); i < n; i++) {
        identity.attribute(e.attributeNamespace(i), e.attributeLocalName(i), e.attributeValue(i));
      }
    }
  }
}
