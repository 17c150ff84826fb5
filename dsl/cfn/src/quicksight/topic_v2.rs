// @generated from AWS::QuickSight::TopicV2 (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QuickSight::TopicV2` and its property types.

/// Definition of the AWS::QuickSight::TopicV2 Resource Type.
///
/// CloudFormation type `AWS::QuickSight::TopicV2`.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicV2 {
    props: ::forma_core::schema::Props,
}
impl TopicV2 {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AwsAccountId`.
    ///
    /// Allowed: length 12 to 12.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn aws_account_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CustomInstructions`.
    #[track_caller]
    pub fn custom_instructions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomInstructions>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DataSetRelations`.
    #[track_caller]
    pub fn data_set_relations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataSetRelation>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DataSets`.
    #[track_caller]
    pub fn data_sets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataSetReference>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FolderArns`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn folder_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Permissions`.
    #[track_caller]
    pub fn permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourcePermission>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TopicId`.
    ///
    /// Allowed: length 0 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn topic_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for TopicV2 {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for TopicV2 {
    type Attributes = TopicV2Attributes;
    fn type_name(&self) -> &str {
        "AWS::QuickSight::TopicV2"
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
/// The attributes of a `AWS::QuickSight::TopicV2` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TopicV2Attributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TopicV2Attributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TopicV2Attributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `CustomInstructions` property type of `AWS::QuickSight::TopicV2`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomInstructions {
    props: ::forma_core::schema::Props,
}
impl CustomInstructions {
    /// A new value with its required properties: `CustomInstructionsString`.
    pub fn new(
        custom_instructions_string: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, custom_instructions_string.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomInstructions> for ::forma_core::Value<CustomInstructions> {
    fn from(v: CustomInstructions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_INSTRUCTIONS_TYPE.properties))
    }
}

/// A relation between two datasets referenced by a V2 (SEMANTIC_VIEW) topic.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetRelation {
    props: ::forma_core::schema::Props,
}
impl DataSetRelation {
    /// A new value with its required properties: `Left`, `Right`.
    pub fn new(
        left: impl ::std::convert::Into<::forma_core::Value<DataSetRelationEndpoint>>,
        right: impl ::std::convert::Into<::forma_core::Value<DataSetRelationEndpoint>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, left.into().into_expr());
        props.set(1, right.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataSetRelation> for ::forma_core::Value<DataSetRelation> {
    fn from(v: DataSetRelation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_RELATION_TYPE.properties))
    }
}

/// A dataset reference used by a V2 (SEMANTIC_VIEW) topic.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetReference {
    props: ::forma_core::schema::Props,
}
impl DataSetReference {
    /// A new value with its required properties: `DataSetArn`.
    pub fn new(data_set_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_set_arn.into().into_expr());
        Self { props }
    }
    /// `DataSetName`.
    ///
    /// Allowed: length 0 to 256.
    pub fn data_set_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataSetReference> for ::forma_core::Value<DataSetReference> {
    fn from(v: DataSetReference) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_REFERENCE_TYPE.properties))
    }
}

/// The `ResourcePermission` property type of `AWS::QuickSight::TopicV2`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourcePermission {
    props: ::forma_core::schema::Props,
}
impl ResourcePermission {
    /// A new value with its required properties: `Actions`, `Principal`.
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        principal: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, actions.into().into_expr());
        props.set(1, principal.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ResourcePermission> for ::forma_core::Value<ResourcePermission> {
    fn from(v: ResourcePermission) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_PERMISSION_TYPE.properties))
    }
}

/// <p>The key or keys of the key-value pairs for the resource tag or tags assigned to the resource.</p>
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

/// The `DataSetRelationEndpoint` property type of `AWS::QuickSight::TopicV2`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetRelationEndpoint {
    props: ::forma_core::schema::Props,
}
impl DataSetRelationEndpoint {
    /// A new value with its required properties: `ColumnNames`, `DataSetArn`.
    pub fn new(
        column_names: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        data_set_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, column_names.into().into_expr());
        props.set(1, data_set_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataSetRelationEndpoint> for ::forma_core::Value<DataSetRelationEndpoint> {
    fn from(v: DataSetRelationEndpoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_RELATION_ENDPOINT_TYPE.properties))
    }
}

/// The schema of `AWS::QuickSight::TopicV2`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QuickSight::TopicV2",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsAccountId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "CustomInstructions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_INSTRUCTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataSetRelations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_SET_RELATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(32) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DataSets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_SET_REFERENCE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(32) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "FolderArns",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Permissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_PERMISSION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(64) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TopicId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9-_.\\\\+]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static CUSTOM_INSTRUCTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::TopicV2.CustomInstructions",
    properties: &[::forma_core::schema::Property {
        name: "CustomInstructionsString",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(0),
            max_length: Some(5000),
        }),
    }],
    rules: &[],
};

static DATA_SET_RELATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::TopicV2.DataSetRelation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Left",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SET_RELATION_ENDPOINT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Right",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SET_RELATION_ENDPOINT_TYPE),
        },
    ],
    rules: &[],
};

static DATA_SET_REFERENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::TopicV2.DataSetReference",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataSetArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DataSetName",
            required: false,
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

static RESOURCE_PERMISSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::TopicV2.ResourcePermission",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Principal",
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::TopicV2.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
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

static DATA_SET_RELATION_ENDPOINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::TopicV2.DataSetRelationEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnNames",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DataSetArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
