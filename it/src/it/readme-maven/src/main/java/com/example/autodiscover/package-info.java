@GeneratePox                                  // the bundled POX Autodiscover schema
package com.example.autodiscover;

import dev.poxgen.GeneratePox;
