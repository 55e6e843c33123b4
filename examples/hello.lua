-- A first Lua program for ljts: prints a greeting and a small table of squares.
local name = arg and arg[1] or "world"
print("Hello, " .. name .. "!")
local squares = {}
for i = 1, 5 do squares[#squares + 1] = i * i end
print("squares: " .. table.concat(squares, " "))
