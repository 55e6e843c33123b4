if true then f() end
if false then f() end
if nil then f() else g() end
if 1 then f() end
if 'x' then f() end
if not true then f() end
if not nil then f() end
