-- load with reader functions: errors, yields and bad pieces become its error result,
-- with the message handler of the caller applied (lua_load runs in lj_vm_cpcall).
print(load(function() error("x") end))
print(load(function() error({}) end))
print(pcall(load, function() error("x") end))
local co = coroutine.create(function() return load(function() return coroutine.yield("ld") end) end)
print(coroutine.resume(co))
print(coroutine.resume(co))
local n = 0
print(load(function() n = n + 1 if n == 1 then return "return " elseif n == 2 then return 42 end end))
print(load(function() return {} end))
