local a,b,c,d,e = ...
x = a and b or c and d or e
y = (a or b) and (c or d) and e
z = not (a and (b or (c and (d or e))))
if (a and b) or (c and not d) then x = 1 end
local w = a and b and c and d and e or nil
