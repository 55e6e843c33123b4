local goto = 1
goto = goto + 1
print(goto)
local t = {goto = 1}
t.goto = 2
x = t.goto
