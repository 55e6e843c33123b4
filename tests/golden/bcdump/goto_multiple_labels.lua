goto b
::a:: ::b:: ::c::
f()
