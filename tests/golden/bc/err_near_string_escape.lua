local "a\65b"
