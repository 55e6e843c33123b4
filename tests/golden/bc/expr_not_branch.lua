local a, b = ...
if not a then f() end
if not (a and b) then f() end
if not not a then f() end
while not a do a = f() end
