local "str"
