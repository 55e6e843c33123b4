x = [[
crlf]]
y = [[a
b
cd

e]]
