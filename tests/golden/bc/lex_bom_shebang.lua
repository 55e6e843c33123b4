#!shebang
x = 1
