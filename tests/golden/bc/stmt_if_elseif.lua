local a = ...
if a == 1 then f(1)
elseif a == 2 then f(2)
elseif a == 3 then f(3)
else f(4) end
if a then f() elseif a then g() end
