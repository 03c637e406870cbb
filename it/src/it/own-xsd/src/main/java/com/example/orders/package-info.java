/** Orders, generated from the project's own schema. */
@GeneratePox(xsd = "schemas/orders.xsd")
package com.example.orders;

import dev.poxgen.GeneratePox;
