// The consumer built; now run it, on the JDK running this build, with only the runtime jar.
def java = new File(System.getProperty('java.home'), 'bin/java').path
def runtime = new File(localRepositoryPath, "dev/poxgen/poxgen-runtime/${poxgenVersion}/poxgen-runtime-${poxgenVersion}.jar")
assert runtime.isFile() : "no runtime jar at ${runtime}"
def classpath = [new File(basedir, 'target/classes').path, runtime.path].join(File.pathSeparator)
def sample = new File(samples, 'isp-imap-pop3-smtp.xml').path
def process = [java, '-cp', classpath, 'com.example.Main', sample].execute()
def out = new StringBuilder(), err = new StringBuilder()
process.waitForProcessOutput(out, err)
println out
assert process.exitValue() == 0 : "Main failed: ${err}"
assert out.contains('server smtp.example.net, SMTPLast ON, present true')
assert out.contains('written back, reads equal: true')
true
