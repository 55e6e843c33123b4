local a, b, c = ...
if a and b or c then f() end
if (a or b) and c then f() end
if a and (b or c) then f() end
if not (a and b) or c then f() end
if a == 1 or b == 2 and c == 3 then f() end
