// The example ran and printed a valid plan.
def log = new File(basedir, 'build.log').text
assert log.contains('valid: true') : 'the example did not print a valid plan'
assert !log.contains('Exception') : 'the example threw'
