@GeneratePox(xsd = "schemas/orders.xsd")
package com.example.orders;

import dev.poxgen.GeneratePox;
