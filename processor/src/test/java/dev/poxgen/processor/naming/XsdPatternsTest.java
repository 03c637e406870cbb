package dev.poxgen.processor.naming;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The XSD 1.0 regular expression translator: what it accepts means what XSD says, the rest is refused. */
class XsdPatternsTest {
  private static boolean matches(String xsd, String value) {
    return Pattern.compile(XsdPatterns.toJava(xsd)).matcher(value).matches();
  }

  @ParameterizedTest(name = "{0} on \"{1}\" is {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      \\d{3}               | 123              | true
      \\d                  | \u0BE7           | true
      \\d                  | \u0C67           | true
      \\d                  | a                | false
      \\D                  | \u0BE7           | false
      \\w+                 | abc\u00E9        | true
      \\w                  | -                | false
      \\w                  | " "              | false
      \\W                  | ,                | true
      \\i\\c*              | _a-b.c           | true
      \\i                  | -                | false
      \\i                  | \u0132           | false
      \\c                  | \u00B7           | true
      \\I                  | 1                | true
      \\C                  | a                | false
      \\p{IsCurrencySymbols} | \u20AC         | true
      \\p{IsCurrencySymbols} | $              | false
      \\p{IsTibetan}+      | \u0F40\u0F41     | true
      \\P{IsBasicLatin}    | a                | false
      \\p{IsOldItalic}     | \uD800\uDF00     | true
      \\p{Lu}\\p{Ll}       | Ab               | true
      \\P{L}               | 1                | true
      [a-z-[aeiou]]+       | bcd              | true
      [a-z-[aeiou]]        | e                | false
      [^a-z-[0-9]]         | 5                | false
      [^a-z-[0-9]]         | A                | true
      [\\w-[a]]            | a                | false
      [\\w-[a]]            | b                | true
      [^\\s\\d]            | 3                | false
      [^\\s\\d]            | x                | true
      [^\\S]               | x                | false
      ^a$                  | ^a$              | true
      ^a$                  | a                | false
      "a|b"                | b                | true
      "ab|cd"              | ac               | false
      (ab)+                | abab             | true
      .                    | \uD83D\uDE00     | true
      [\uD83D\uDE00-\uD83D\uDE4F] | \uD83D\uDE01 | true
      [-a]+                | a-a              | true
      [a-]+                | -a               | true
      [\\--z]              | y                | true
      x{2,}                | xxx              | true
      x{2,3}               | xxxx             | false
      x{0}                 | ""               | true
      "#&@"                | "#&@"            | true
      \\{\\}               | "{}"             | true
      [\\^]                | ^                | true
      "()"                 | ""               | true
      "a|"                 | ""               | true
      """)
  void translatesWithTheXsdMeaning(String xsd, String value, boolean expected) {
    assertWithMessage(XsdPatterns.toJava(xsd)).that(matches(xsd, value)).isEqualTo(expected);
  }

  @Test
  void theWildcardIsAnyCharacterButALineEnd() {
    assertWithMessage(".").that(matches(".", "\n")).isFalse();
    assertWithMessage(".").that(matches(".", "\r")).isFalse();
    assertWithMessage(".").that(matches(".", "\u2028")).isTrue();
    assertWithMessage("\\s").that(matches("\\s\\s\\s\\s", " \t\n\r")).isTrue();
    assertWithMessage("\\s").that(matches("\\s", "\u00A0")).isFalse();
  }

  @ParameterizedTest(name = "{0} is refused at {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      (?-i:a)b             | 1  | XSD has no (?...) groups
      (?i)a                | 1  | XSD has no (?...) groups
      a{                   | 2  | a number (the least count)
      a{,2}                | 2  | a number (the least count)
      a{2                  | 3  | "}" to close the quantifier
      a{3,2}               | 1  | has its greatest count below its least
      a**                  | 2  | a quantifier follows a quantifier
      a+?                  | 2  | XSD has no lazy or possessive quantifiers
      *a                   | 0  | before the quantifier
      "{"                  | 0  | before the quantifier
      ]                    | 0  | opens nothing here
      a)                   | 1  | closes no group
      (a                   | 0  | is not closed by ")"
      [a                   | 0  | is not closed by "]"
      []                   | 1  | an empty class
      [^]                  | 2  | an empty class
      [[]                  | 1  | a class is subtracted with -[...] at its end
      [a-c-e]              | 4  | a "-" stands for itself only first or last
      [--z]                | 2  | a "-" stands for itself only first or last
      [!--]                | 3  | not "-"
      [b-a]                | 1  | ends before it starts
      [\\d-z]              | 3  | a class escape cannot start a range
      [a-\\d]              | 3  | not the class escape \\d
      [-[b]]               | 1  | before the subtraction
      [a-z-[b]c]           | 8  | a subtraction ends its class
      \\x41                | 0  | not "\\x"
      \\u0041              | 0  | not "\\u"
      \\$                  | 0  | not "\\$"
      \\a                  | 0  | not "\\a"
      a\\                  | 1  | at the end of the pattern
      \\p{IsFoo}           | 0  | a Unicode block name of XSD 1.0
      \\p{Isbasiclatin}    | 0  | did you mean IsBasicLatin?
      \\p{IsGreekandCoptic} | 0 | not "IsGreekandCoptic"
      \\p{Lx}              | 0  | a general category
      \\p{L&}              | 0  | a general category
      \\pL                 | 2  | "{" after \\p
      \\p{L                | 2  | "}" to close the property
      x{1234567890}        | 2  | is too large
      """)
  void refusesWhatXsdDoesNotAllow(String xsd, int offset, String expected) {
    XsdPatterns.Malformed e = assertThrows(XsdPatterns.Malformed.class, () -> XsdPatterns.toJava(xsd));
    assertWithMessage(e.getMessage()).that(e.offset()).isEqualTo(offset);
    assertWithMessage(xsd).that(e.getMessage()).startsWith("at offset " + offset + ": ");
    assertWithMessage(xsd).that(e.getMessage()).contains(expected);
  }
}
