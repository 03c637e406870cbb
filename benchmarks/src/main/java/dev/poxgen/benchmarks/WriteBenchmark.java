package dev.poxgen.benchmarks;

import dev.poxgen.ReadOptions;
import dev.poxgen.WriteOptions;
import dev.poxgen.benchmarks.pox.AutodiscoverResponse;
import dev.poxgen.benchmarks.pox.AutodiscoverXml;
import jakarta.xml.bind.Marshaller;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Writing one document's value back as compact XML: poxgen, JAXB, Jackson. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
@State(Scope.Thread)
public class WriteBenchmark {
  @Param({"isp", "exchange", "large"})
  public String document;

  private AutodiscoverResponse pox;
  private Object jaxb;
  private JacksonModel.Autodiscover jackson;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    byte[] bytes = Documents.get(document);
    pox = Contenders.poxgen(bytes, ReadOptions.lenient()).value();
    jaxb = Contenders.jaxb(bytes, false);
    jackson = Contenders.jackson(bytes);
  }

  @Benchmark
  public String poxgenWrite() throws Exception {
    return AutodiscoverXml.toXml(pox, WriteOptions.compact());
  }

  @Benchmark
  public String jaxbMarshal() throws Exception {
    Marshaller m = Contenders.Jaxb.CONTEXT.createMarshaller();
    StringWriter out = new StringWriter();
    m.marshal(jaxb, out);
    return out.toString();
  }

  @Benchmark
  public String jacksonWrite() throws Exception {
    return Contenders.Jackson.MAPPER.writeValueAsString(jackson);
  }
}
