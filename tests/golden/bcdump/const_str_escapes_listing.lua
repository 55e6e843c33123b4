x = 'a\nb\rc\td'
y = '\0\1\2\31\127'
z = '\200\255'
w = 'quote"s'
