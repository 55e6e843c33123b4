-- Prints the arg table (except the interpreter's name at the lowest index) and the
-- script's varargs.
local lo = 0
while arg[lo - 1] ~= nil do lo = lo - 1 end
for i = lo + 1, #arg do io.write(tostring(i), "=", tostring(arg[i]), " ") end
print()
print("lowest", lo)
print("varargs", select("#", ...), ...)
