package org.procsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "06 49 10 01 97         | tel:0649100197",
                "+33 6 49 10 01 97      | tel:+33649100197",
                "+33 (0)6 49 10 01 97   | tel:+33649100197",
                "+44 (0) 20 7946 0000   | tel:+442079460000",
                "+1 (555) 010-0199      | tel:+15550100199",
                "(0)6 49 10 01 97       | tel:0649100197",
                "112                    | tel:112"
            })
    void theTelUriIsTheNumberAPhoneDials(String phone, String tel) {
        assertEquals(tel, new Contact("c", "C", phone).telUri());
    }
}
