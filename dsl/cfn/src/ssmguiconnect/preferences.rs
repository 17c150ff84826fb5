// @generated from AWS::SSMGuiConnect::Preferences (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSMGuiConnect::Preferences` and its property types.

/// Definition of AWS::SSMGuiConnect::Preferences Resource Type
///
/// CloudFormation type `AWS::SSMGuiConnect::Preferences`.
#[derive(Debug, Clone, PartialEq)]
pub struct Preferences {
    props: ::forma_core::schema::Props,
}
impl Preferences {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The set of preferences used for recording RDP connections in the requesting AWS account and AWS Region.
    #[track_caller]
    pub fn connection_recording_preferences(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectionRecordingPreferences>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Preferences {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Preferences {
    type Attributes = PreferencesAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSMGuiConnect::Preferences"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::SSMGuiConnect::Preferences` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PreferencesAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PreferencesAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PreferencesAttributes {
    /// `Fn::GetAtt` `AccountId`.
    pub fn account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccountId")
    }
}

/// The set of preferences used for recording RDP connections in the requesting AWS account and AWS Region.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionRecordingPreferences {
    props: ::forma_core::schema::Props,
}
impl ConnectionRecordingPreferences {
    /// A new value with its required properties: `KMSKeyArn`, `RecordingDestinations`.
    pub fn new(
        kms_key_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        recording_destinations: impl ::std::convert::Into<::forma_core::Value<RecordingDestinations>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, kms_key_arn.into().into_expr());
        props.set(1, recording_destinations.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConnectionRecordingPreferences> for ::forma_core::Value<ConnectionRecordingPreferences> {
    fn from(v: ConnectionRecordingPreferences) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTION_RECORDING_PREFERENCES_TYPE.properties))
    }
}

/// Determines where recordings of RDP connections are stored.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingDestinations {
    props: ::forma_core::schema::Props,
}
impl RecordingDestinations {
    /// A new value with its required properties: `S3Buckets`.
    pub fn new(s3_buckets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<S3Bucket>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_buckets.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RecordingDestinations> for ::forma_core::Value<RecordingDestinations> {
    fn from(v: RecordingDestinations) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECORDING_DESTINATIONS_TYPE.properties))
    }
}

/// The S3 bucket where RDP connection recordings are stored.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Bucket {
    props: ::forma_core::schema::Props,
}
impl S3Bucket {
    /// A new value with its required properties: `BucketName`, `BucketOwner`.
    pub fn new(
        bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        bucket_owner: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        props.set(1, bucket_owner.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3Bucket> for ::forma_core::Value<S3Bucket> {
    fn from(v: S3Bucket) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_BUCKET_TYPE.properties))
    }
}

/// The schema of `AWS::SSMGuiConnect::Preferences`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSMGuiConnect::Preferences",
    properties: &[::forma_core::schema::Property {
        name: "ConnectionRecordingPreferences",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CONNECTION_RECORDING_PREFERENCES_TYPE),
    }],
    rules: &[],
    attributes: &["AccountId"],
};

static CONNECTION_RECORDING_PREFERENCES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMGuiConnect::Preferences.ConnectionRecordingPreferences",
    properties: &[
        ::forma_core::schema::Property {
            name: "KMSKeyArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "RecordingDestinations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECORDING_DESTINATIONS_TYPE),
        },
    ],
    rules: &[],
};

static RECORDING_DESTINATIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMGuiConnect::Preferences.RecordingDestinations",
    properties: &[::forma_core::schema::Property {
        name: "S3Buckets",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&S3_BUCKET_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
        ),
    }],
    rules: &[],
};

static S3_BUCKET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::SSMGuiConnect::Preferences.S3Bucket",
properties: &[
::forma_core::schema::Property { name: "BucketName", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("(?=^.{3,63}$)(?!^(\\d+\\.)+\\d+$)(^(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])$)"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "BucketOwner", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[0-9]{12}$"), min_length: None, max_length: None }) },
],
rules: &[],
};
