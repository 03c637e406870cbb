/** The bundled POX Autodiscover schema, generated into this exported package. */
@GeneratePox
package com.example.mail.autodiscover;

import dev.poxgen.GeneratePox;
