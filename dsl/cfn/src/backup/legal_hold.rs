// @generated from AWS::Backup::LegalHold (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Backup::LegalHold` and its property types.

/// Creates a legal hold on recovery points (backups).
///
/// CloudFormation type `AWS::Backup::LegalHold`.
#[derive(Debug, Clone, PartialEq)]
pub struct LegalHold {
    props: ::forma_core::schema::Props,
}
impl LegalHold {
    /// A new resource with its required properties: `Description`, `RecoveryPointSelection`, `Title`.
    #[track_caller]
    pub fn new(
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        recovery_point_selection: impl ::std::convert::Into<::forma_core::Value<RecoveryPointSelection>>,
        title: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, description.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, recovery_point_selection.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, title.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Optional tags to include.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LegalHold {
    type Attributes = LegalHoldAttributes;
    fn type_name(&self) -> &str {
        "AWS::Backup::LegalHold"
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
/// The attributes of a `AWS::Backup::LegalHold` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LegalHoldAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LegalHoldAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LegalHoldAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `LegalHoldId`.
    pub fn legal_hold_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LegalHoldId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreationDate`.
    pub fn creation_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationDate")
    }
}

/// The criteria to assign a set of resources, such as resource types or backup vaults.
#[derive(Debug, Clone, PartialEq)]
pub struct RecoveryPointSelection {
    props: ::forma_core::schema::Props,
}
impl RecoveryPointSelection {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A date range for filtering recovery points.
    pub fn date_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RecoveryPointSelectionDateRange>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The resources included in the resource selection.
    pub fn resource_identifiers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The names of the vaults in which the selected recovery points are contained.
    pub fn vault_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RecoveryPointSelection {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RecoveryPointSelection> for ::forma_core::Value<RecoveryPointSelection> {
    fn from(v: RecoveryPointSelection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECOVERY_POINT_SELECTION_TYPE.properties))
    }
}

/// The `Tags` property type of `AWS::Backup::LegalHold`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tags {
    props: ::forma_core::schema::Props,
}
impl Tags {
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
impl ::std::convert::From<Tags> for ::forma_core::Value<Tags> {
    fn from(v: Tags) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_TYPE.properties))
    }
}

/// A date range for filtering recovery points.
#[derive(Debug, Clone, PartialEq)]
pub struct RecoveryPointSelectionDateRange {
    props: ::forma_core::schema::Props,
}
impl RecoveryPointSelectionDateRange {
    /// A new value with its required properties: `FromDate`, `ToDate`.
    pub fn new(
        from_date: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        to_date: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, from_date.into().into_expr());
        props.set(1, to_date.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RecoveryPointSelectionDateRange> for ::forma_core::Value<RecoveryPointSelectionDateRange> {
    fn from(v: RecoveryPointSelectionDateRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECOVERY_POINT_SELECTION_DATE_RANGE_TYPE.properties))
    }
}

/// The schema of `AWS::Backup::LegalHold`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Backup::LegalHold",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RecoveryPointSelection",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&RECOVERY_POINT_SELECTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Title",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Arn", "LegalHoldId", "Status", "CreationDate"],
};

static RECOVERY_POINT_SELECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::LegalHold.RecoveryPointSelection",
    properties: &[
        ::forma_core::schema::Property {
            name: "DateRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECOVERY_POINT_SELECTION_DATE_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourceIdentifiers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VaultNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::LegalHold.Tags",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static RECOVERY_POINT_SELECTION_DATE_RANGE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Backup::LegalHold.RecoveryPointSelectionDateRange",
        properties: &[
            ::forma_core::schema::Property {
                name: "FromDate",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "ToDate",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };
