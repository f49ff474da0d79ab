import { attach } from 'signup-guard';

attach(document.getElementById('signup'), { breach: { endpoint: '/hibp' } });
