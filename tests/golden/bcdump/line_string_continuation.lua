x = 'a\
b\
c'
y = [[
line
line
]]
z = 1
