-- comment
x = 1 -- trailing
--[[ block ]] y = 2
--[==[
multi
]==]
z = 3
---[[ not a block
w = 4
--]]
--[ not long
--[=x short
--
