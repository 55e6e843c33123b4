local a = ...
if nil then f() end
if false then f() end
if true then f() end
if 1 then f() end
if 'x' then f() end
if {} then f() end
if a then f() end
