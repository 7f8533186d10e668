"""Build side: the seed checked, joined to reference data, written as the database.

Only `tahaluf build` and `tahaluf check` import this package and the reference
packages it uses; serving code never does.
"""
