// React's act() warnings are silenced: the tests run inside an act environment (React 19, r3f test renderer).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
