package dev.poxgen.benchmarks.realschema;

import dev.poxgen.ReadOptions;
import dev.poxgen.WriteOptions;
import dev.poxgen.benchmarks.Contenders;
import dev.poxgen.benchmarks.pom.Model;
import dev.poxgen.benchmarks.pom.Maven400Xml;
import jakarta.xml.bind.Marshaller;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A schema poxgen does not bundle: Maven's POM schema as published, and this repository's own
 * {@code pom.xml}. Reading (validating where the contender can), and writing the value back, for
 * poxgen, JAXB with xjc's classes and Jackson XML into the same classes; the bare parsers as the
 * floor. Before measuring, each validating contender is checked to accept the document and to
 * reject a copy with one child too many, and each reads the same dependencies.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(5)
@State(Scope.Thread)
public class PomBenchmark {
  private byte[] bytes;
  private Model pox;
  private Object jaxb;
  private dev.poxgen.benchmarks.pomjaxb.Model jackson;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    bytes = PomContenders.DOCUMENT;
    PomSanity.check(bytes);
    pox = PomContenders.poxgen(bytes, ReadOptions.lenient()).value();
    jaxb = PomContenders.jaxb(bytes, false);
    jackson = PomContenders.jackson(bytes);
  }

  @Benchmark
  public int poxgenReadValidate() throws Exception {
    return PomContenders.poxgenValidate(bytes, ReadOptions.lenient());
  }

  @Benchmark
  public int poxgenReadValidateWoodstox() throws Exception {
    return PomContenders.poxgenValidate(bytes, PomContenders.WOODSTOX);
  }

  @Benchmark
  public Object jaxbUnmarshal() throws Exception {
    return PomContenders.jaxb(bytes, false);
  }

  @Benchmark
  public Object jaxbUnmarshalValidate() throws Exception {
    return PomContenders.jaxb(bytes, true);
  }

  @Benchmark
  public Object jacksonRead() throws Exception {
    return PomContenders.jackson(bytes);
  }

  @Benchmark
  public long staxScan() throws Exception {
    return Contenders.scan(bytes, false);
  }

  @Benchmark
  public long woodstoxScan() throws Exception {
    return Contenders.scan(bytes, true);
  }

  @Benchmark
  public String poxgenWrite() throws Exception {
    return Maven400Xml.toXml(pox, WriteOptions.compact());
  }

  @Benchmark
  public String jaxbMarshal() throws Exception {
    Marshaller m = PomContenders.Jaxb.CONTEXT.createMarshaller();
    StringWriter out = new StringWriter();
    m.marshal(jaxb, out);
    return out.toString();
  }

  @Benchmark
  public String jacksonWrite() throws Exception {
    return PomContenders.Jackson.MAPPER.writeValueAsString(jackson);
  }

  /** The document with a second {@code <modelVersion>}: one child more than the schema allows. */
  static byte[] broken(byte[] document) {
    String text = new String(document, StandardCharsets.UTF_8);
    String once = "<modelVersion>4.0.0</modelVersion>";
    if (!text.contains(once)) {
      throw new IllegalStateException("the document has no " + once);
    }
    return text.replaceFirst(once, once + once).getBytes(StandardCharsets.UTF_8);
  }
}
