local t = {goto = 1, x = goto}
