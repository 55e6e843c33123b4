module("old", package.seeall)
function hello() return "hello from " .. _NAME end
value = print ~= nil
