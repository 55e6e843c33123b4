x = [[abc]]
y = [==[a]]b]=]c]==]
z = [[
first newline skipped]]
v = [=[

]=]
w = [[]]
u = [====[x]====]
