local "a\0b"
