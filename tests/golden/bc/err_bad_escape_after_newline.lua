x = "a\
\q"
