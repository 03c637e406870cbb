// Run the consumer on the JDK running this build, with only the runtime jar beside its classes.
def java = new File(System.getProperty('java.home'), 'bin/java').path
def runtime = new File(localRepositoryPath, "dev/poxgen/poxgen-runtime/${poxgenVersion}/poxgen-runtime-${poxgenVersion}.jar")
assert runtime.isFile() : "no runtime jar at ${runtime}"
def classpath = [new File(basedir, 'target/classes').path, runtime.path].join(File.pathSeparator)
def process = [java, '-cp', classpath, 'com.example.orders.Main'].execute()
def out = new StringBuilder(), err = new StringBuilder()
process.waitForProcessOutput(out, err)
println out
assert process.exitValue() == 0 : "Main failed: ${err}"
assert out.contains('<Order xmlns="urn:example:orders" id="A-17">')
assert out.contains('read back equal: true, findings 0')
assert out.contains('shipping STANDARD, present false')
assert out =~ /error: \/Order\/Line(\[1\])?\/Quantity: .*\[range\]/
assert out.contains('/Order/Gift') && out.contains('[unknown-element]')
assert out.contains('kept: true')
true
