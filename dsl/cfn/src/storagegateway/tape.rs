// @generated from AWS::StorageGateway::Tape (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::StorageGateway::Tape` and its property types.

/// Creates a virtual tape with a user-defined barcode on a Tape Gateway (VTL).
///
/// CloudFormation type `AWS::StorageGateway::Tape`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tape {
    props: ::forma_core::schema::Props,
}
impl Tape {
    /// A new resource with its required properties: `GatewayARN`, `TapeSizeInBytes`.
    #[track_caller]
    pub fn new(
        gateway_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tape_size_in_bytes: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, gateway_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, tape_size_in_bytes.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Set to true to use Amazon S3 server-side encryption with your own KMS key, or false to use a key managed by Amazon S3.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of a symmetric customer master key (CMK) used for Amazon S3 server-side encryption.
    ///
    /// Allowed: length 7 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the pool that you want to add your tape to for archiving.
    ///
    /// Allowed: length 1 to 100.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn pool_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of up to 50 tags to assign to the virtual tape.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The barcode that you want to assign to the virtual tape.
    ///
    /// Allowed: length 5 to 16.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tape_barcode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Set to true to create a write-once-read-many (WORM) virtual tape.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn worm(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Tape {
    type Attributes = TapeAttributes;
    fn type_name(&self) -> &str {
        "AWS::StorageGateway::Tape"
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
/// The attributes of a `AWS::StorageGateway::Tape` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TapeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TapeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TapeAttributes {
    /// `Fn::GetAtt` `TapeARN`.
    pub fn tape_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TapeARN")
    }
    /// `Fn::GetAtt` `TapeStatus`.
    pub fn tape_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TapeStatus")
    }
    /// `Fn::GetAtt` `TapeCreatedDate`.
    pub fn tape_created_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TapeCreatedDate")
    }
    /// `Fn::GetAtt` `TapeUsedInBytes`.
    pub fn tape_used_in_bytes(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "TapeUsedInBytes")
    }
}

/// A key-value pair to associate with the virtual tape.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::StorageGateway::Tape`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::StorageGateway::Tape",
properties: &[
::forma_core::schema::Property { name: "GatewayARN", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(50), max_length: Some(500) }) },
::forma_core::schema::Property { name: "KMSEncrypted", required: false, create_only: true, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "KMSKey", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(^arn:(aws(|-cn|-us-gov|-iso[A-Za-z0-9_-]*|-eusc)):kms:([a-zA-Z0-9-]+):([0-9]+):(key|alias)/(\\S+)$)|(^alias/(\\S+)$)$"), min_length: Some(7), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "PoolId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(100) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) }) },
::forma_core::schema::Property { name: "TapeBarcode", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[A-Z0-9]*$"), min_length: Some(5), max_length: Some(16) }) },
::forma_core::schema::Property { name: "TapeSizeInBytes", required: true, create_only: true, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: None }) },
::forma_core::schema::Property { name: "Worm", required: false, create_only: true, shape: ::forma_core::schema::Shape::Boolean },
],
rules: &[],
attributes: &["TapeARN", "TapeStatus", "TapeCreatedDate", "TapeUsedInBytes"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::StorageGateway::Tape.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
