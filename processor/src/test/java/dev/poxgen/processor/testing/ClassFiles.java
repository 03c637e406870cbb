package dev.poxgen.processor.testing;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a test needs from a class file (JVMS chapter 4): the class's name and, for each
 * method, its name, descriptor and the length of its bytecode (the {@code Code} attribute's
 * {@code code_length}). Nothing else is interpreted; the rest of the file is skipped by its sizes.
 */
public final class ClassFiles {
  /** One method of a class: {@code codeLength} is 0 for an abstract or native method. */
  public record Method(String className, String name, String descriptor, int codeLength) {
    @Override
    public String toString() {
      return className + "." + name + descriptor + " (" + codeLength + " bytes)";
    }
  }

  private ClassFiles() {}

  /** The methods of the class in {@code bytes}, in the order the class file lists them. */
  public static List<Method> methods(byte[] bytes) {
    try {
      return read(new DataInputStream(new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException("not a class file", e);
    }
  }

  private static List<Method> read(DataInputStream in) throws IOException {
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("no 0xCAFEBABE magic");
    }
    in.readUnsignedShort(); // minor
    in.readUnsignedShort(); // major
    Pool pool = constantPool(in);
    String[] utf8 = pool.utf8();
    in.readUnsignedShort(); // access flags
    int thisClass = in.readUnsignedShort();
    in.readUnsignedShort(); // super
    skip(in, 2 * in.readUnsignedShort()); // interfaces
    int fields = in.readUnsignedShort();
    for (int i = 0; i < fields; i++) {
      skip(in, 6);
      skipAttributes(in);
    }
    String className = utf8[pool.classNames()[thisClass]].replace('/', '.');
    List<Method> out = new ArrayList<>();
    int methods = in.readUnsignedShort();
    for (int i = 0; i < methods; i++) {
      in.readUnsignedShort(); // access flags
      String name = utf8[in.readUnsignedShort()];
      String descriptor = utf8[in.readUnsignedShort()];
      int codeLength = 0;
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[in.readUnsignedShort()];
        int length = in.readInt();
        if (attribute.equals("Code")) {
          skip(in, 4); // max_stack, max_locals
          codeLength = in.readInt();
          skip(in, length - 8);
        } else {
          skip(in, length);
        }
      }
      out.add(new Method(className, name, descriptor, codeLength));
    }
    return out;
  }

  /** The pool's CONSTANT_Utf8 entries by index (others null), and each CONSTANT_Class's name index. */
  private record Pool(String[] utf8, int[] classNames) {}

  private static Pool constantPool(DataInputStream in) throws IOException {
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    int[] classNames = new int[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7 -> classNames[i] = in.readUnsignedShort();
        case 8, 16, 19, 20 -> skip(in, 2); // String, MethodType, Module, Package
        case 15 -> skip(in, 3); // MethodHandle
        case 3, 4, 9, 10, 11, 12, 17, 18 -> skip(in, 4); // Integer, Float, refs, NameAndType, dynamic
        case 5, 6 -> {
          skip(in, 8); // Long, Double take two entries
          i++;
        }
        default -> throw new IOException("unknown constant pool tag " + tag + " at " + i);
      }
    }
    return new Pool(utf8, classNames);
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int n = in.readUnsignedShort();
    for (int i = 0; i < n; i++) {
      in.readUnsignedShort();
      skip(in, in.readInt());
    }
  }

  private static void skip(DataInputStream in, int n) throws IOException {
    if (in.skipBytes(n) != n) {
      throw new IOException("the class file ends early");
    }
  }
}
