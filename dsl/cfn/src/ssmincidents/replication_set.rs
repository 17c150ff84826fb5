// @generated from AWS::SSMIncidents::ReplicationSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSMIncidents::ReplicationSet` and its property types.

/// Resource type definition for AWS::SSMIncidents::ReplicationSet
///
/// CloudFormation type `AWS::SSMIncidents::ReplicationSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationSet {
    props: ::forma_core::schema::Props,
}
impl ReplicationSet {
    /// A new resource with its required properties: `Regions`.
    #[track_caller]
    pub fn new(regions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ReplicationRegion>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, regions.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Configures the ReplicationSet deletion protection.
    #[track_caller]
    pub fn deletion_protected(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to apply to the replication set.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ReplicationSet {
    type Attributes = ReplicationSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSMIncidents::ReplicationSet"
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
/// The attributes of a `AWS::SSMIncidents::ReplicationSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ReplicationSetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ReplicationSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ReplicationSetAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The ReplicationSet regional configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationRegion {
    props: ::forma_core::schema::Props,
}
impl ReplicationRegion {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ReplicationSet regional configuration.
    pub fn region_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RegionConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The AWS region name.
    ///
    /// Allowed: length 0 to 20.
    pub fn region_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReplicationRegion {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReplicationRegion> for ::forma_core::Value<ReplicationRegion> {
    fn from(v: ReplicationRegion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_REGION_TYPE.properties))
    }
}

/// A key-value pair to tag a resource.
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

/// The ReplicationSet regional configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionConfiguration {
    props: ::forma_core::schema::Props,
}
impl RegionConfiguration {
    /// A new value with its required properties: `SseKmsKeyId`.
    pub fn new(sse_kms_key_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, sse_kms_key_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RegionConfiguration> for ::forma_core::Value<RegionConfiguration> {
    fn from(v: RegionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REGION_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::SSMIncidents::ReplicationSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSMIncidents::ReplicationSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeletionProtected",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Regions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REPLICATION_REGION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(3) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static REPLICATION_REGION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMIncidents::ReplicationSet.ReplicationRegion",
    properties: &[
        ::forma_core::schema::Property {
            name: "RegionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REGION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RegionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(20),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMIncidents::ReplicationSet.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static REGION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMIncidents::ReplicationSet.RegionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "SseKmsKeyId",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: None,
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};
