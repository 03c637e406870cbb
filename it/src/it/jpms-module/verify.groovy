// Run the module on the module path, on the JDK running this build.
def java = new File(System.getProperty('java.home'), 'bin/java').path
def runtime = new File(localRepositoryPath, "dev/poxgen/poxgen-runtime/${poxgenVersion}/poxgen-runtime-${poxgenVersion}.jar")
assert runtime.isFile() : "no runtime jar at ${runtime}"
def modulePath = [new File(basedir, 'target/classes').path, runtime.path].join(File.pathSeparator)
def sample = new File(samples, 'invalid-smtplast-yes.xml').path
def process = [java, '--module-path', modulePath, '-m', 'com.example.mail/com.example.mail.Main', sample].execute()
def out = new StringBuilder(), err = new StringBuilder()
process.waitForProcessOutput(out, err)
println out
assert process.exitValue() == 0 : "Main failed: ${err}"
assert out.contains('module com.example.mail, runtime dev.poxgen.runtime')
assert out.contains('SMTPLast: "yes" is not one of on, On, off, Off [enumeration]')
assert out.contains('Protocol[2]/Port: 0 is less than the minimum 1 [range]')
assert out.contains('errors 2')
true
