package dev.poxgen.benchmarks;

import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.benchmarks.pox.AutodiscoverResponse;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Reading (and validating) one document, each contender from the same bytes against the same XSD.
 * Before measuring, the validating contender a fork measures is checked to accept the document and
 * to reject a copy with one bad enumeration value, so no contender wins by not checking ({@link
 * Sanity}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(5)
@State(Scope.Thread)
public class ReadBenchmark {
  @Param({"isp", "exchange", "large"})
  public String document;

  private byte[] bytes;

  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) throws Exception {
    bytes = Documents.get(document);
    Sanity.check(bytes, params.getBenchmark());
  }

  /**
   * The state of {@link #jacksonReadWarmSymbols} alone: a Woodstox reader of its own has read the
   * document and been closed, after {@link ReadBenchmark#setUp}.
   */
  @State(Scope.Thread)
  public static class WarmSymbols {
    @Setup(Level.Trial)
    public void setUp(ReadBenchmark read) throws Exception {
      Contenders.scan(read.bytes, true);
    }
  }

  @Benchmark
  public ReadResult<AutodiscoverResponse> poxgenRead() throws Exception {
    return Contenders.poxgen(bytes, ReadOptions.lenient());
  }

  @Benchmark
  public int poxgenReadValidate() throws Exception {
    return Contenders.poxgenValidate(bytes, ReadOptions.lenient());
  }

  @Benchmark
  public int poxgenReadThenValidate() throws Exception {
    return Contenders.poxgenReadThenValidate(bytes, ReadOptions.lenient());
  }

  @Benchmark
  public ReadResult<AutodiscoverResponse> poxgenStrict() throws Exception {
    return Contenders.poxgen(bytes, ReadOptions.strict());
  }

  @Benchmark
  public int poxgenReadValidateWoodstox() throws Exception {
    return Contenders.poxgenValidate(bytes, Contenders.Woodstox.OPTIONS);
  }

  @Benchmark
  public Object jaxbUnmarshal() throws Exception {
    return Contenders.jaxb(bytes, false);
  }

  @Benchmark
  public Object jaxbUnmarshalValidate() throws Exception {
    return Contenders.jaxb(bytes, true);
  }

  @Benchmark
  public Object jacksonRead() throws Exception {
    return Contenders.jackson(bytes);
  }

  /**
   * {@link #jacksonRead} in a process where another Woodstox reader has read the document first,
   * as the set-up does. Woodstox keeps the names a closed reader met in a symbol table its
   * factories share, and Jackson's reads never add theirs to it: alone in a process, each of them
   * copies the table and makes the document's names again (1.9 KB of a read of {@code isp}).
   */
  @Benchmark
  public Object jacksonReadWarmSymbols(WarmSymbols warm) throws Exception {
    return Contenders.jackson(bytes);
  }

  @Benchmark
  public Object domValidate() throws Exception {
    return Contenders.domValidate(bytes);
  }

  @Benchmark
  public byte[] saxValidate() throws Exception {
    Contenders.saxValidate(bytes);
    return bytes;
  }

  @Benchmark
  public long staxScan() throws Exception {
    return Contenders.scan(bytes, false);
  }

  @Benchmark
  public long woodstoxScan() throws Exception {
    return Contenders.scan(bytes, true);
  }

  /** {@link #staxScan} through poxgen's event layer ({@link Contenders#events}): the layer's cost. */
  @Benchmark
  public long eventsScan() throws Exception {
    return Contenders.events(bytes, ReadOptions.lenient());
  }

  /** {@link #woodstoxScan} through poxgen's event layer, as {@link #poxgenReadValidateWoodstox} reads. */
  @Benchmark
  public long eventsScanWoodstox() throws Exception {
    return Contenders.events(bytes, Contenders.Woodstox.OPTIONS);
  }
}
