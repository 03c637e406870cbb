// The build failed (invoker.properties); it must have failed for the schema, saying where and what.
def log = new File(basedir, 'build.log').getText('UTF-8')
def error = log.readLines().find { it.contains('[poxgen:') }
assert error != null : 'no [poxgen:...] message in the build log'
println error
assert error.startsWith('[ERROR] ')
assert error.contains('com/example/orders/package-info.java:[1,1]')      // the annotation
assert error.contains('[poxgen:xsd-invalid]')                             // the catalogue's tag
assert error.contains('schemas/orders.xsd:11:')                           // the file and line
assert error.contains("Cannot resolve the name 'o:OrderLine'")            // the problem, in the JDK's words
assert log.contains('COMPILATION ERROR')
// Nothing is generated for an annotation whose schema has a problem.
def generated = new File(basedir, 'target/generated-sources/annotations')
def sources = []
if (generated.exists()) {
  generated.eachFileRecurse(groovy.io.FileType.FILES) { if (it.name.endsWith('.java')) sources << it.name }
}
assert sources.isEmpty() : "generated despite the error: ${sources}"
true
