// @generated from AWS::GroundStation::MissionProfile (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GroundStation::MissionProfile` and its property types.

/// AWS Ground Station Mission Profile resource type for CloudFormation.
///
/// CloudFormation type `AWS::GroundStation::MissionProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct MissionProfile {
    props: ::forma_core::schema::Props,
}
impl MissionProfile {
    /// A new resource with its required properties: `DataflowEdges`, `MinimumViableContactDurationSeconds`, `Name`, `TrackingConfigArn`.
    #[track_caller]
    pub fn new(
        dataflow_edges: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataflowEdge>>>,
        minimum_viable_contact_duration_seconds: impl ::std::convert::Into<::forma_core::Value<i64>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tracking_config_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, dataflow_edges.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, minimum_viable_contact_duration_seconds.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, tracking_config_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Post-pass time needed after the contact.
    ///
    /// Allowed: 0 to 21600.
    #[track_caller]
    pub fn contact_post_pass_duration_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Pre-pass time needed before the contact.
    ///
    /// Allowed: 0 to 21600.
    #[track_caller]
    pub fn contact_pre_pass_duration_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of a KMS Key used for encrypting data during transmission from the source to destination locations.
    #[track_caller]
    pub fn streams_kms_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<StreamsKmsKey>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the KMS Key or Alias Key role used to define permissions on KMS Key usage.
    ///
    /// Allowed: length 30 to 165.
    #[track_caller]
    pub fn streams_kms_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// ARN of a Config resource of type TelemetrySinkConfig used for telemetry data sink configuration.
    ///
    /// Allowed: length 82 to 424.
    #[track_caller]
    pub fn telemetry_sink_config_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MissionProfile {
    type Attributes = MissionProfileAttributes;
    fn type_name(&self) -> &str {
        "AWS::GroundStation::MissionProfile"
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
/// The attributes of a `AWS::GroundStation::MissionProfile` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MissionProfileAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MissionProfileAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MissionProfileAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Region`.
    pub fn region(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Region")
    }
}

/// The `DataflowEdge` property type of `AWS::GroundStation::MissionProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataflowEdge {
    props: ::forma_core::schema::Props,
}
impl DataflowEdge {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Destination`.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Source`.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataflowEdge {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataflowEdge> for ::forma_core::Value<DataflowEdge> {
    fn from(v: DataflowEdge) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATAFLOW_EDGE_TYPE.properties))
    }
}

/// The `StreamsKmsKey` property type of `AWS::GroundStation::MissionProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamsKmsKey {
    props: ::forma_core::schema::Props,
}
impl StreamsKmsKey {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `KmsKeyArn`, `KmsAliasArn` or `KmsAliasName`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `KmsAliasArn`.
    pub fn kms_alias_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `KmsAliasName`.
    pub fn kms_alias_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `KmsKeyArn`.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StreamsKmsKey {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StreamsKmsKey> for ::forma_core::Value<StreamsKmsKey> {
    fn from(v: StreamsKmsKey) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STREAMS_KMS_KEY_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::GroundStation::MissionProfile`.
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

/// The schema of `AWS::GroundStation::MissionProfile`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GroundStation::MissionProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContactPostPassDurationSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(21600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ContactPrePassDurationSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(21600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataflowEdges",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATAFLOW_EDGE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(500) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MinimumViableContactDurationSeconds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(21600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ a-zA-Z0-9_:-]{1,256}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StreamsKmsKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STREAMS_KMS_KEY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StreamsKmsRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[a-z0-9-.]{1,63}:iam::[0-9]{12}:role/[\\w+=,.@-]{1,64}$"),
                min_length: Some(30),
                max_length: Some(165),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TelemetrySinkConfigArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$"),
                min_length: Some(82),
                max_length: Some(424),
            }),
        },
        ::forma_core::schema::Property {
            name: "TrackingConfigArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$"),
                min_length: Some(82),
                max_length: Some(424),
            }),
        },
    ],
    rules: &[],
    attributes: &["Id", "Arn", "Region"],
};

static DATAFLOW_EDGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::MissionProfile.DataflowEdge",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static STREAMS_KMS_KEY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::MissionProfile.StreamsKmsKey",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsAliasArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsAliasName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^alias/[a-zA-Z0-9:/_-]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["KmsKeyArn"], &["KmsAliasArn"], &["KmsAliasName"]])],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::MissionProfile.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ a-zA-Z0-9\\+\\-=._:/@]{1,128}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ a-zA-Z0-9\\+\\-=._:/@]{1,256}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};
