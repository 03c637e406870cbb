package com.example.orders;

import dev.poxgen.Finding;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;

/** Builds an order, writes it, reads it back; then reads a document with mistakes in it. */
public final class Main {
  private Main() {}

  /**
   * Prints what it did, one line a step.
   *
   * @param args none
   * @throws Exception when a document cannot be read or written
   */
  public static void main(String[] args) throws Exception {
    Order order = Order.builder()
        .id("A-17")
        .customer("Ada")
        .addLine(Line.builder().sku("tea").quantity(2).build())
        .shipping(Shipping.EXPRESS)
        .build();
    String xml = OrdersXml.toXml(order);
    System.out.println(xml);
    ReadResult<Order> back = OrdersXml.readOrder(XmlInput.ofString(xml));
    System.out.println("read back equal: " + back.value().equals(order) + ", findings " + back.findings().size());

    String wrong = "<Order xmlns='urn:example:orders' id='B-2'><Customer>Bob</Customer>"
        + "<Line><Sku>jam</Sku><Quantity>120</Quantity></Line><Gift>yes</Gift></Order>";
    ReadResult<Order> r = OrdersXml.readOrder(XmlInput.ofString(wrong));
    System.out.println("shipping " + r.value().shipping().orElseThrow() + ", present " + r.value().hasShipping());
    for (Finding f : r.findings()) {
      System.out.println(f);
    }
    System.out.println("kept: " + OrdersXml.toXml(r.value()).contains("<Gift>yes</Gift>"));
  }
}
