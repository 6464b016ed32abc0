// Every test talks to the fake AWS on loopback: never probe the EC2 metadata address, and keep the
// SDK's Node version notice out of the output.
process.env.AWS_EC2_METADATA_DISABLED = 'true'
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'
